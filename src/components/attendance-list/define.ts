import { PortalAttendanceList } from './attendance-list.js';

export { PortalAttendanceList };

PortalAttendanceList.define('portal-attendance-list');

declare global {
  interface HTMLElementTagNameMap {
    'portal-attendance-list': PortalAttendanceList;
  }
}

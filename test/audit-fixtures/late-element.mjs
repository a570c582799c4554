// A custom element defined late and rendered late, like a component module that loads
// and then renders asynchronously. Its light DOM holds the page's main landmark and h1,
// so an audit that does not wait for it sees no main and no h1 and fails.
// It mimics Lit's contract: `updateComplete` resolves once the first render is done.
class AuditLateMain extends HTMLElement {
  constructor() {
    super();
    this.updateComplete = new Promise((resolve) => {
      this._done = resolve;
    });
  }

  connectedCallback() {
    // Render after a microtask and a timeout, as an asynchronous update would.
    queueMicrotask(() =>
      setTimeout(() => {
        this.innerHTML = `<main id="noi-dung">
  <h1>Hội nghị giao ban Thường trực HĐND tỉnh lần thứ ba</h1>
  <p>Chiều 13/3, tại huyện Duy Tiên, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban.</p>
</main>`;
        this._done(true);
      }, 400),
    );
  }
}

setTimeout(() => customElements.define('audit-late-main', AuditLateMain), 400);

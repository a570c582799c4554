// Broken on purpose: throws before it can define <audit-throws-before-define>.
throw new Error('audit fixture: this module throws before customElements.define');

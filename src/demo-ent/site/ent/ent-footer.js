// The login page's footer is a web component with an open shadow root, as in
// several ENT front ends: its links are invisible to a plain DOM query.
customElements.define('ent-footer', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<footer><nav aria-label="Pied de page">' +
      '<a href="/donnees-personnelles">Protection des données personnelles</a> · ' +
      '<a href="/mentions-legales">Mentions légales</a> · ' +
      '<a href="/cookies">Cookies</a></nav></footer>';
  }
});

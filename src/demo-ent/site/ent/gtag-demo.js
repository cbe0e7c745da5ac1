// A third-party statistics tag in the manner of Google Analytics: a 2-year
// client id cookie written from script on the ENT's domain, renewed on every
// visit, and hits to the vendor's collection host.
(function () {
  var m = document.cookie.match(/(?:^|; )_ga=([^;]*)/);
  var cid = m ? m[1] : 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  var expires = new Date(Date.now() + 2 * 365 * 86400 * 1000).toUTCString();
  document.cookie = '_ga=' + cid + '; expires=' + expires + '; path=/; domain=lycee-demo.fr; SameSite=Lax';
  navigator.sendBeacon
    ? navigator.sendBeacon('https://analytics.mesure-demo.com/g/collect?v=2&tid=G-DEMO&cid=' + cid + '&en=page_view')
    : (new Image().src = 'https://analytics.mesure-demo.com/g/collect?v=2&tid=G-DEMO&cid=' + cid);
})();

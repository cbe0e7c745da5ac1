// Audience measurement in the manner of Matomo: a first-party visitor id
// cookie of 13 months (393 days, Matomo's default) written from script and
// re-written on every page view, a 30-minute session cookie, and a hit sent
// to the first-party collection host.
(function () {
  var site = '1.a1b2';
  // The value is "<visitor id>.<creation timestamp>" and stays the same; only the expiry moves.
  var m = document.cookie.match(/(?:^|; )_pk_id\.1\.a1b2=([^;]*)/);
  var value = m ? m[1] : Math.random().toString(16).slice(2, 18) + '.' + Math.floor(Date.now() / 1000);
  var visitor = value.split('.')[0];
  var idExpires = new Date(Date.now() + 393 * 86400 * 1000).toUTCString();
  document.cookie = '_pk_id.' + site + '=' + value + '; expires=' + idExpires + '; path=/; SameSite=Lax';
  document.cookie = '_pk_ses.' + site + '=1; max-age=1800; path=/; SameSite=Lax';
  var img = new Image();
  img.src = 'https://stats.lycee-demo.fr/matomo.php?idsite=1&rec=1&_id=' + visitor + '&url=' + encodeURIComponent(location.href);
})();

// Mon ENT: local preferences of the portal.
try {
  localStorage.setItem('ent.theme', 'clair');
  sessionStorage.setItem('ent.onglets', '["actualites"]');
} catch (e) { /* storage disabled */ }

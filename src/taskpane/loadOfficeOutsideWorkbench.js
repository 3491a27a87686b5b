// Workbench builds only (webpack copies it to office/): the workbench (?host=workbench) has no
// Office around the page, and office.js would only look for its host in vain and throw. A file,
// not an inline script, so the page's Content-Security-Policy needs no 'unsafe-inline'.
if (new URLSearchParams(location.search).get("host") !== "workbench")
  document.write('<script src="office/office.js"><\/script>');

// The console's only static files: one stylesheet and one script, served from memory under
// /console/assets/ (CSP: script-src 'self', style-src 'self'; no CDN, no inline script or style).

export const consoleCss = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "WenQuanYi Zen Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2733; background: #f4f6f8; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 18px; padding: 8px 20px; background: #17507a; color: #fff; }
header a, header button { color: #fff; text-decoration: none; background: none; border: 0; font: inherit; cursor: pointer; padding: 0; }
header .brand { font-weight: bold; margin-right: 12px; }
header .muted { color: #cfe0ee; }
header nav { display: flex; flex-wrap: wrap; gap: 4px 16px; flex: 1; }
header form { display: inline; margin: 0; }
main { max-width: 1120px; margin: 20px auto; padding: 0 20px; }
h1 { font-size: 22px; margin: 0 0 14px; }
h2 { font-size: 17px; margin: 22px 0 8px; }
section, .panel { background: #fff; border: 1px solid #d5dde5; border-radius: 6px; padding: 14px 16px; margin-bottom: 16px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e3e8ee; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eef2f6; font-weight: normal; color: #4a5968; }
dl { display: grid; grid-template-columns: 12em 1fr; gap: 4px 12px; margin: 0; }
dt { color: #4a5968; }
dd { margin: 0; overflow-wrap: anywhere; }
input[type=text], input[type=password], input[type=search], select { font: inherit; padding: 5px 8px; border: 1px solid #b8c4d0; border-radius: 4px; max-width: 100%; }
a.button { text-decoration: none; display: inline-block; }
button, .button { font: inherit; padding: 5px 14px; border: 1px solid #17507a; background: #17507a; color: #fff; border-radius: 4px; cursor: pointer; }
button.secondary { background: #fff; color: #17507a; }
form.inline { display: inline; }
.action { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 0; border-top: 1px solid #eef2f6; }
.action input[name=note] { flex: 1; min-width: 16em; }
.badge { display: inline-block; padding: 1px 10px; border-radius: 10px; font-weight: bold; background: #dfe6ed; }
.badge.ok { background: #d9f2df; color: #1d6b32; }
.badge.declined { background: #fde2e1; color: #9b1c1c; }
.flash { padding: 10px 14px; border-radius: 6px; margin-bottom: 14px; background: #e5f1fb; border: 1px solid #9cc3e4; }
.flash.error { background: #fde2e1; border-color: #e9a3a0; }
.muted { color: #6b7a89; }
.code { font-family: "DejaVu Sans Mono", monospace; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 16px; }
.login { max-width: 380px; margin: 60px auto; }
.login label { display: block; margin: 10px 0 4px; }
.login input { width: 100%; }
svg.chart { width: 100%; height: auto; min-height: 60px; background: #fbfcfd; border: 1px solid #e3e8ee; }
svg.chart polyline { fill: none; stroke: #17507a; stroke-width: 2; }
svg.bars rect { fill: #17507a; }
svg text { font-size: 11px; fill: #4a5968; }
body.form-page { background: #fff; }
article.form { max-width: 180mm; margin: 0 auto; padding: 10mm 0; font-size: 11pt; }
article.form h1 { text-align: center; font-size: 16pt; margin-bottom: 8mm; }
.form-head { display: flex; flex-wrap: wrap; gap: 4mm 10mm; }
.form-head u { display: inline-block; min-width: 30mm; text-decoration: none; border-bottom: 1px solid #000; }
table.form-table { margin: 4mm 0; }
table.form-table th, table.form-table td { border: 1px solid #000; padding: 2mm; color: #000; background: #fff; }
table.form-table .idbox { letter-spacing: 0.05em; }
col.w9 { width: 9%; } col.w11 { width: 11%; } col.w16 { width: 16%; } col.w18 { width: 18%; } col.w46 { width: 46%; }
.form-split { display: grid; grid-template-columns: 1fr 55mm; gap: 6mm; }
.form-split .photo { border: 1px dashed #000; min-height: 35mm; padding: 3mm; color: #444; }
.pledge { text-indent: 2em; line-height: 1.9; }
.right { text-align: right; }
.check { margin: 0 2mm; }
.person-form label { display: block; }
.person-form fieldset { margin: 10px 0; border: 1px solid #d5dde5; }
.person-form label.bank { display: inline-block; margin-right: 18px; }
.forms a { margin: 0 6px 6px 0; display: inline-block; }
progress { width: 100%; height: 18px; }
@media print {
  header, .noprint, form { display: none !important; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; margin: 0; padding: 0; }
  section, .panel { border: 0; padding: 0; }
  @page { size: A4; margin: 14mm 12mm; }
  article.form { padding: 0; max-width: none; }
  .noprint { display: none !important; }
}
`;

/**
 * Print buttons (window.print), the import upload with its progress bar, and live operations: one EventSource on /console/live/events; each
 * event is the page's panels as HTML rendered by the server (escaped there), swapped in by id.
 */
export const consoleJs = `
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
  var form = document.getElementById('import');
  if (form !== null) form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = form.elements['file'].files[0];
    if (!file) return;
    var id = 'imp' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
    var box = document.getElementById('import-progress');
    var bar = document.getElementById('import-bar');
    var phase = document.getElementById('import-phase');
    var figures = document.getElementById('import-figures');
    var result = document.getElementById('import-result');
    var button = form.querySelector('button');
    box.hidden = false;
    box.removeAttribute('data-state');
    result.innerHTML = '';
    bar.value = 0;
    figures.textContent = '';
    phase.textContent = form.getAttribute('data-uploading');
    button.disabled = true;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/console/imports/' + id + '/upload?kind=' + encodeURIComponent(form.elements['kind'].value));
    xhr.setRequestHeader('content-type', /.(jsonl|ndjson)$/i.test(file.name) ? 'application/x-ndjson' : 'text/csv');
    xhr.setRequestHeader('x-csrf-token', form.getAttribute('data-csrf'));
    // The first half of the bar is the upload, the second the rows read of the spooled file.
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) bar.value = Math.max(bar.value, Math.round((50 * e.loaded) / e.total));
    };
    var poll = setInterval(function () {
      fetch('/console/imports/' + id + '/progress', { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) {
          if (!p || !p.bytesTotal || xhr.readyState === 4) return;
          phase.textContent = form.getAttribute('data-processing');
          bar.value = Math.max(bar.value, 50 + Math.round((50 * p.bytesRead) / p.bytesTotal));
          figures.textContent =
            form.getAttribute('data-rows') + ' ' + p.rows + ' · ' + form.getAttribute('data-rejected') + ' ' + p.rejected;
        })
        .catch(function () {});
    }, 250);
    xhr.onloadend = function () {
      clearInterval(poll);
      button.disabled = false;
      if (xhr.status === 200) {
        bar.value = 100;
        phase.textContent = '';
        result.innerHTML = xhr.responseText;
      } else phase.textContent = form.getAttribute('data-failed') + ' (' + xhr.status + ') ' + xhr.responseText;
      box.setAttribute('data-state', xhr.status === 200 ? 'done' : 'failed');
    };
    xhr.send(file);
  });
  var live = document.getElementById('live');
  if (live === null || typeof EventSource === 'undefined') return;
  var source = new EventSource(live.getAttribute('data-events'));
  source.addEventListener('panels', function (event) {
    var panels = JSON.parse(event.data);
    Object.keys(panels).forEach(function (id) {
      var target = document.getElementById(id);
      if (target !== null) target.innerHTML = panels[id];
    });
    live.setAttribute('data-updates', String(Number(live.getAttribute('data-updates') || '0') + 1));
  });
})();
`;

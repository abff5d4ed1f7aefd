// The targets table form: add and delete rows in the page, without a round trip. Without JavaScript the
// "增加一行" button asks the server for a blank row, and a row cleared of every cell is ignored.
(function () {
  const form = document.getElementById('target-form');
  if (!form) { return; }
  const body = document.querySelector('#target-rows tbody');

  function renumber() {
    body.querySelectorAll('tr.row').forEach((tr, i) => { tr.cells[0].textContent = i + 1; });
  }

  function blankRow() {
    const rows = body.querySelectorAll('tr.row');
    const template = rows.length ? rows[rows.length - 1] : null;
    if (!template) { return null; }
    const tr = template.cloneNode(true);
    tr.classList.remove('fail');
    tr.querySelectorAll('input').forEach(input => { input.value = ''; });
    tr.querySelectorAll('select').forEach(select => { select.selectedIndex = 0; });
    tr.cells[7].textContent = '';
    tr.cells[8].textContent = '';
    return tr;
  }

  body.addEventListener('click', event => {
    const button = event.target.closest('[data-delete-row]');
    if (!button) { return; }
    const tr = button.closest('tr');
    const next = tr.nextElementSibling;
    if (next && next.classList.contains('problems')) { next.remove(); }
    if (body.querySelectorAll('tr.row').length === 1) {
      tr.querySelectorAll('input').forEach(input => { input.value = ''; });
      tr.querySelectorAll('select').forEach(select => { select.selectedIndex = 0; });
    } else {
      tr.remove();
    }
    renumber();
  });

  document.getElementById('add-row').addEventListener('click', event => {
    const tr = blankRow();
    if (!tr) { return; }
    event.preventDefault();
    body.appendChild(tr);
    renumber();
    tr.querySelector('select').focus();
  });
})();

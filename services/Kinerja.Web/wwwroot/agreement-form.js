// The draft editor (Components/Pages/Agreements/AgreementEditor.razor): adds and removes rows, names every field after
// the service's error paths (objectives[0].indicators[1].weight), and checks input as it is typed. The service checks
// everything again; its field errors are shown next to the same fields when the page comes back.
(function () {
  const form = document.getElementById('agreement-form');
  if (!form) return;
  const msg = (key) => form.dataset['msg' + key.charAt(0).toUpperCase() + key.slice(1)] || key;

  // A number as Indonesians or computers write it: 1.000.000, 12,5, 12.5 (same rules as DraftForm.TryNumber).
  function number(text) {
    let t = (text || '').replace(/\s|Rp/gi, '');
    if (t === '') return null;
    if (t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
    else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
    return /^-?\d+(\.\d+)?$/.test(t) ? parseFloat(t) : NaN;
  }
  // A target: 85, a range 80-90, or a ceiling "maks 5"; answers the comparable value (null for a range).
  function target(text) {
    const t = (text || '').trim();
    if (t === '') return { empty: true };
    const ceiling = /^(maks|max)\.?\s*(.+)$/i.exec(t);
    if (ceiling) { const v = number(ceiling[2]); return isNaN(v) || v === null ? { bad: true } : { value: v }; }
    const range = /^(.+?)\s*[-–]\s*(.+)$/.exec(t.startsWith('-') ? 'x' : t);
    if (range) { const a = number(range[1]), b = number(range[2]); return isNaN(a) || isNaN(b) || a === null || b === null ? { bad: true } : { range: true }; }
    const v = number(t);
    return isNaN(v) ? { bad: true } : { value: v };
  }

  // Every field's name is its path: the data-item ancestors (collection[index]) and its own data-field.
  function renumber() {
    form.querySelectorAll('[data-field]').forEach((field) => {
      const parts = [];
      let item = field.closest('[data-item]');
      while (item) {
        const siblings = Array.from(item.parentElement.children).filter((c) => c.dataset.item === item.dataset.item);
        parts.unshift(item.dataset.item + '[' + siblings.indexOf(item) + ']');
        item = item.parentElement.closest('[data-item]');
      }
      field.name = parts.join('.') + '.' + field.dataset.field;
    });
  }

  let all = false; // until the first submit, only fields the person has touched show their messages
  function note(input, text, warning) {
    if (!all && !input.dataset.touched && !warning) text = '';
    let span = input.parentElement.querySelector(':scope > .client-error');
    if (!span) {
      span = document.createElement('span');
      span.className = 'client-error';
      span.setAttribute('aria-live', 'polite');
      input.parentElement.appendChild(span);
    }
    span.textContent = text || '';
    span.classList.toggle('warning', !!warning);
    input.classList.toggle('invalid', !!text && !warning);
  }

  function check() {
    let errors = 0;
    form.querySelectorAll('input[data-field], textarea[data-field]').forEach((input) => {
      let text = '';
      if (input.required && input.value.trim() === '') text = msg('required');
      else if (input.dataset.kind === 'number' && input.value.trim() !== '' && isNaN(number(input.value))) text = msg('number');
      else if (input.dataset.kind === 'target' && target(input.value).bad) text = msg('target');
      if (text) errors++;
      note(input, text);
    });
    form.querySelectorAll('.indicator').forEach((indicator) => {
      const annualInput = indicator.querySelector('[data-annual]');
      const annual = target(annualInput.value);
      const frequency = indicator.querySelector('[data-field=frequency]').value;
      const consolidation = indicator.querySelector('[data-field=consolidation]').value;
      const cumulative = indicator.querySelector('[data-field=accumulation]').value === 'Cumulative';
      const count = frequency === 'Semester' ? 2 : frequency === 'Annual' ? 0 : 4;
      const quarters = Array.from(indicator.querySelectorAll('[data-quarter]'));
      quarters.forEach((q, i) => { q.disabled = i >= count; if (i >= count) note(q, ''); });
      const values = quarters.slice(0, count).map((q) => target(q.value));
      const last = quarters[Math.max(count - 1, 0)];
      if (count === 0) return;
      const missing = quarters.slice(0, count).filter((q) => q.value.trim() === '');
      missing.forEach((q) => { note(q, msg('required')); errors++; });
      if (missing.length || annual.value === undefined || values.some((v) => v.value === undefined)) return;
      const nums = values.map((v) => v.value);
      const made = cumulative || consolidation === 'Last' ? nums[nums.length - 1]
        : consolidation === 'Average' ? nums.reduce((a, b) => a + b, 0) / nums.length
        : nums.reduce((a, b) => a + b, 0);
      // As the service does, a mismatch is a warning: some indicators are agreed that way on purpose.
      if (Math.abs(made - annual.value) > 1e-9) note(last, msg('quarters').replace('{0}', String(made)).replace('{1}', String(annual.value)), true);
    });
    form.querySelectorAll('[data-budget]').forEach((row) => {
      const annual = number(row.querySelector('[data-annual]').value);
      const quarters = Array.from(row.querySelectorAll('[data-quarter]')).map((q) => number(q.value));
      const last = row.querySelector('[data-quarter="3"]');
      if (quarters.every((q) => q === null) || annual === null || isNaN(annual) || quarters.some((q) => q === null || isNaN(q))) return;
      const sum = quarters.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - annual) > 0.005) { note(last, msg('budget').replace('{0}', sum.toLocaleString('id-ID')).replace('{1}', annual.toLocaleString('id-ID'))); errors++; }
    });
    const weights = Array.from(form.querySelectorAll('[data-weight]'));
    const given = weights.filter((w) => w.value.trim() !== '');
    const summary = form.querySelector('[data-weights-summary]');
    summary.textContent = '';
    summary.classList.remove('error');
    if (given.length > 0) {
      const total = given.reduce((a, w) => a + (number(w.value) || 0), 0);
      if (given.length < weights.length) { summary.textContent = msg('weightsSome'); errors++; }
      else if (Math.abs(total - 100) > 1e-9) { summary.textContent = msg('weights').replace('{0}', String(total)); errors++; }
      summary.classList.toggle('error', !!summary.textContent);
    }
    return errors;
  }

  form.addEventListener('click', (e) => {
    const add = e.target.closest('[data-add]');
    const remove = e.target.closest('[data-remove]');
    if (add) {
      const kind = add.dataset.add;
      const list = add.parentElement.querySelector(':scope > [data-list="' + (kind === 'activity' ? 'activities' : kind + 's') + '"]');
      list.appendChild(document.getElementById('tpl-' + kind).content.cloneNode(true));
      renumber();
      check();
    } else if (remove) {
      remove.closest('[data-item]').remove();
      renumber();
      check();
    }
  });
  // Enter in a field must neither submit the form nor press an add button by accident; textareas keep their new lines.
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target.tagName !== 'TEXTAREA' && !(e.target.tagName === 'BUTTON' && e.target.type === 'submit')) e.preventDefault();
  });
  const touch = (e) => { if (e.target.dataset) e.target.dataset.touched = '1'; check(); };
  form.addEventListener('input', touch);
  form.addEventListener('change', touch);
  form.addEventListener('submit', (e) => {
    renumber();
    all = true;
    const errors = check();
    const summary = form.querySelector('[data-form-summary]');
    summary.textContent = errors ? msg('fix') : '';
    if (errors) e.preventDefault();
  });
  renumber();
  // A form the service sent back (its field errors are on the page) shows every client message at once.
  all = !!form.querySelector('.field-error');
  check();
})();

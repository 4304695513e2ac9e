// Audit trail exports (Components/Pages/Audit/AuditAgreement.razor): the file is fetched while the page says it is
// being prepared, then saved; a refusal or a missing printer is shown in words instead of a broken download.
(function () {
  const progress = document.querySelector('[data-export-progress]');
  if (!progress) return;
  document.querySelectorAll('a[data-export]').forEach((link) => {
    link.addEventListener('click', async (e) => {
      e.preventDefault();
      if (link.getAttribute('aria-busy') === 'true') return;
      link.setAttribute('aria-busy', 'true');
      progress.hidden = false;
      progress.className = 'export-progress preparing';
      progress.textContent = progress.dataset.preparing;
      try {
        const response = await fetch(link.href, { credentials: 'same-origin' });
        if (!response.ok) {
          let detail = '';
          try { const problem = await response.json(); detail = [problem.title, problem.detail].filter(Boolean).join(' '); } catch { /* not JSON */ }
          throw new Error(detail || response.statusText);
        }
        const blob = await response.blob();
        const disposition = response.headers.get('Content-Disposition') || '';
        const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || ('audit.' + link.dataset.export);
        const url = URL.createObjectURL(blob);
        const save = document.createElement('a');
        save.href = url;
        save.download = name;
        document.body.appendChild(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        progress.className = 'export-progress ready';
        progress.textContent = progress.dataset.ready;
      } catch (error) {
        progress.className = 'export-progress error';
        progress.textContent = progress.dataset.failed + ' ' + error.message;
      } finally {
        link.removeAttribute('aria-busy');
      }
    });
  });
})();

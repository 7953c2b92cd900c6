// Layout problems a reader would see on the current page, measured (tests/test_browser_layout.py).
([notebookTextPx, desktop]) => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > window.innerWidth + 1) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`);
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ` "${(el.textContent || '').trim().slice(0, 40)}"`;
  for (const el of document.querySelectorAll('article *')) {
    if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth < 2) continue;
    const s = getComputedStyle(el);
    if (s.overflowX === 'visible') continue;
    const bar = el.offsetHeight - el.clientHeight - parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth);
    if (!(s.overflowX === 'auto' || s.overflowX === 'scroll') || bar < 2) problems.push(`clipped (${s.overflowX}, scrollbar ${bar}px): ${describe(el)} ${el.scrollWidth}>${el.clientWidth}`);
  }
  const article = document.querySelector('article');
  for (const code of article.querySelectorAll('td code, th code')) {
    if (!/\s/.test(code.textContent.trim()) && code.getClientRects().length > 1) problems.push(`broken identifier: ${describe(code)}`);
  }
  const plotText = [...article.querySelectorAll('svg.plot text')].map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize));
  // a notebook plot's smallest text, notebookTextPx in the PNG, as the page scales the image
  const imgs = [...article.querySelectorAll('.jp-RenderedImage img')].map(i => i.clientWidth / i.naturalWidth * notebookTextPx);
  if (!desktop) return {problems, plotText: Math.min(...plotText, ...imgs)};  // the sidebar is a drawer
  const header = document.querySelector('.md-header__topic').textContent.trim();
  const sidebar = [...document.querySelectorAll('.md-sidebar--primary .md-nav__title, .md-sidebar--primary .md-nav__link')]
    .filter(e => e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden');
  const titles = sidebar.filter(e => e.classList.contains('md-nav__title'));
  if (sidebar.filter(e => e.textContent.trim() === header).length > 1) problems.push(`the sidebar repeats the site title`);
  for (const title of titles) {
    const t = title.getBoundingClientRect();
    for (const link of sidebar) {
      if (title.contains(link) || link.contains(title)) continue;
      const l = link.getBoundingClientRect();
      if (l.top < t.bottom - 1 && l.bottom > t.top + 1 && l.left < t.right && l.right > t.left)
        problems.push(`sidebar title ${describe(title)} covers ${describe(link)}`);
    }
  }
  return {problems, plotText: Math.min(...plotText, ...imgs)};
}

// Render pymdownx.arithmatex output (generic mode) with the vendored KaTeX,
// on the first load and after every instant navigation.
document$.subscribe(function ({ body }) {
  renderMathInElement(body, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "$", right: "$", display: false },
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
    ],
    throwOnError: false,
  })
})

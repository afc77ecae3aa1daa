"""The PDF layer: reads any PDF into a document model of pages, lines, rectangles and rules, and finds
its layout (columns, running headers, headings from typography and structure tree, table of contents
entries, paragraphs, footnotes).  It knows no werkplan: the werkplan layer (extract.werkplan) gives it
the vocabulary it looks for through settings."""

"""The review of a checked draft: where each sentence stands, and the HTML and Markdown pages."""

"""The web stage: the HTML report, and (issue 8) the pages served by `eventwire serve`."""

"""matplotlib figures from domain data: pure functions returning Figures (never pyplot), no widgets.

The same functions draw for the screen and for print; a ChartStyle chooses colour or grayscale-safe ink.
"""

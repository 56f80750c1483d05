"""A mark for widgets that show the user's data (a text the network read, a file's attribution) rather than
the app's own words: the check for untranslated texts (``ui.language.untranslated``) passes over them."""

DATA_PROPERTY = "shows_data"

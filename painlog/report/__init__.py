"""The visit summary and the views it shares with the app: domain results gathered for a period.

No SQL and no widgets: it reads through repositories and hands plain data to charts and documents.
"""

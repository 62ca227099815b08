"""The live preview of a post body (QtWebEngine, or a QTextBrowser fallback)."""

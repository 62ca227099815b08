"""Pictures and links in the window: inserting pictures (paste, drop, Insert ▸ Image…), the
media browser, the link picker, downloading remote pictures, and the reference update after a
rename (`actions.MediaActions` is what the window calls)."""

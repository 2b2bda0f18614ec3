"""Share rules: channels, how they count text, tracked links and prompts.

The lowest layer: imports nothing else from the hub and knows no content type.
"""

"""spaCy components, one concern per module; kg/nlp.py assembles them."""

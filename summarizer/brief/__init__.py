"""The brief: its published schema (the contract), the draft the model fills before grounding,
its JSON Schema, and how it renders (JSON, Markdown)."""

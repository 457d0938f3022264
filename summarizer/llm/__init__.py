"""Asking the model: the openai + instructor client with its retry policy and error
translation, prompt templates, response models and the extraction strategies."""

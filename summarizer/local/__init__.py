"""The embedded default model: its weights (assembled and verified), its server (a child on
loopback), and the glue that starts it when no endpoint is configured."""

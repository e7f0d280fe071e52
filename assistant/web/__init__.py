"""The web page (Gradio), the HTTP JSON API, the OpenAI-compatible endpoint and the MCP server."""

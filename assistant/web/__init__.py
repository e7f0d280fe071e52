"""The web page (Gradio) and the HTTP JSON API for staff and clinicians."""

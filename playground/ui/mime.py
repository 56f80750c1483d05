"""Clipboard and drag-and-drop formats shared by the palette, the editor and other windows."""

# Palette → canvas drag: JSON {"kind": "Dense", "params": {...}} (params may be empty).
KIND_MIME = "application/x-nn-playground-kind"
# Copied layers travel on the clipboard as plain JSON text from playground.graph.copy_nodes.

"""Clipboard and drag-and-drop formats shared by the palette, the editor and other windows."""

# Palette → canvas drag: JSON {"kind": "Dense", "params": {...}} (params may be empty).
KIND_MIME = "application/x-nn-playground-kind"
# Copied layers: JSON from playground.graph.copy_nodes (also put on the clipboard as plain text).
NODES_MIME = "application/x-nn-playground-nodes"

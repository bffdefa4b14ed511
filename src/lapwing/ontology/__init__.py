"""PLOVER and CAMEO as data files with typed lookups (see :mod:`lapwing.ontology.codebook`)."""
from __future__ import annotations

from .codebook import CameoCode, Ontology, PloverType, load_ontology

__all__ = ["CameoCode", "Ontology", "PloverType", "load_ontology"]

"""kg: a legal knowledge-graph builder.

Turns news reports about how law is used against speech into a typed knowledge
graph (actors, laws, provisions, rulings and the facts linking them), with
character-level evidence for everything, exported as RDF and GraphML.
"""

__version__ = "0.1.0"

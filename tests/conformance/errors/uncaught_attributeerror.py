# ends with an uncaught AttributeError on None returned by a lookup
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
    def root(self):
        return self if self.parent is None else self.parent.root()
    def path(self):
        return (self.parent.path() + "/" if self.parent else "") + self.name
leaf = Node("leaf", Node("mid", Node("top")))
print(leaf.root().name, leaf.path())
print(leaf.parent.parent.name)
print(getattr(leaf, "missing", "default"), hasattr(leaf, "parent"))
try:
    leaf.size
except AttributeError as e:
    print("caught:", e)
try:
    Node.size
except AttributeError as e:
    print("caught:", e)
print(leaf.parent.parent.parent)
print(leaf.parent.parent.parent.name)
print("never printed")

# a binary search tree with insertion, deletion, traversals, and iteration
class BST:
    class _Node:
        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def __setitem__(self, key, value):
        def insert(node):
            if node is None:
                self.count += 1
                return BST._Node(key, value)
            if key < node.key:
                node.left = insert(node.left)
            elif key > node.key:
                node.right = insert(node.right)
            else:
                node.value = value
            return node
        self.root = insert(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.count -= 1
    def __len__(self):
        return self.count
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right
    def preorder(self):
        def walk(n):
            if n:
                yield n.key
                yield from walk(n.left)
                yield from walk(n.right)
        return list(walk(self.root))
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = f"v{k}"
print(len(t), list(t), t.preorder())
print(t.levels(), t.height())
print(t[40], 35 in t, 36 in t)
t[40] = "updated"
print(t[40], len(t))
del t[30]
print(list(t), t.levels())
del t[50]
print(list(t), t.levels(), t.root.key)
for bad in [999]:
    try:
        t[bad]
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        del t[bad]
    except KeyError as e:
        print(type(e).__name__, e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print([(w, words[w]) for w in words], words.height())

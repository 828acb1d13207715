# a singly linked list class with the sequence protocol
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def _node(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        cur = self.head
        for _ in range(i):
            cur = cur.next
        return cur
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node(i).value
    def __setitem__(self, i, v):
        self._node(i).value = v
    def __delitem__(self, i):
        if i < 0:
            i += self.size
        if i == 0 and self.head:
            self.head = self.head.next
        else:
            prev = self._node(i - 1)
            if prev.next is None:
                raise IndexError("LinkedList index out of range")
            prev.next = prev.next.next
        self.size -= 1
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], ll[1:4], 3 in ll, 9 in ll)
ll[2] = "two"
del ll[0]
del ll[-1]
print(ll, len(ll), list(ll), sum(x for x in ll if isinstance(x, int)))
ll.reverse()
print(ll, ll == LinkedList([3, "two", 1]), ll + LinkedList("ab"), bool(LinkedList()), bool(ll))
for bad in [10, -10]:
    try:
        ll[bad]
    except IndexError as e:
        print(type(e).__name__, e)
empty = LinkedList()
empty.append("only")
print(empty, [x * 2 for x in LinkedList(range(5))], sorted(LinkedList([3, 1, 2])), max(LinkedList("xyz")))
try:
    Node(1).other = 2
except AttributeError as e:
    print(type(e).__name__, e)

# sys.exit(3): exit status 3, finally blocks and __exit__ still run
import sys
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, et, ev, tb):
        print("release, exception type:", et.__name__ if et else None)
        return False
def main():
    with Resource():
        try:
            print("doing work")
            sys.exit(3)
        except Exception:
            print("not reached: SystemExit is not an Exception")
        finally:
            print("cleanup in finally")
main()
print("never printed")

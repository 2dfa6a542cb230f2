from .registry import task


@task
def word_count(text):
    return len(text.split())


@task(retries=2)
def checksum(text):
    return sum(text.encode()) % 65521

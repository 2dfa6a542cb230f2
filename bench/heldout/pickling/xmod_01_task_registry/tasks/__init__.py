"""Task registry with a decorator and a process-pool runner."""

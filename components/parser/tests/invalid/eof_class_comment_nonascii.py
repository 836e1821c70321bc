class A:
# éé

Thing = object()

"""`make bench`: the GraphQL server beside a hand-written floor, on the standard data set (see __main__)."""

button-expired = Ky buton nuk punon më. Dërgoni /menu për të filluar përsëri.

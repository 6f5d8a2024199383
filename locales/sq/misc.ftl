button-expired = Ky buton nuk punon më. Shkruani /menu për të filluar përsëri.

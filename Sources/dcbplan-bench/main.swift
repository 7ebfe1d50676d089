print("dcbplan-bench: skeleton")

import PlannerCLI
print("dcbplan: skeleton")

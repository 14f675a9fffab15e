print("rotation")

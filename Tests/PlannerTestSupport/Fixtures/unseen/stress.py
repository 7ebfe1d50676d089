import sys, os, random
sys.argv=[sys.argv[0]]+sys.argv[1:]
import gen_unseen as G
out=sys.argv[1]; os.makedirs(out, exist_ok=True)
ms=[]
for s in range(100, 140):
    g=random.Random(s)
    ms.append(G.general_int(s, g.randint(6,20), g.randint(3,12), g.choice(['min','max','maxsec'])))
    ms.append(G.knapsack_general(s, g.randint(8,30)))
    ms.append(G.int_markers_mi(s))
    ms.append(G.fractional_int_bounds(s, g.randint(3,10)))
    ms.append(G.neg_cover(s, g.randint(6,24)))
    ms.append(G.objsense_words(s, g.choice(['inline','section']), g.choice(['MAX','MIN'])))
    ms.append(G.big_m_sched(s, g.randint(3,10)))
    ms.append(G.planner_like(s, g.randint(8,30)))
    ms.append(G.degenerate_lp(s, g.randint(4,15)))
    ms.append(G.free_lp(s, g.randint(4,12), g.randint(3,9)))
    ms.append(G.set_cover(s, g.randint(8,30), g.randint(15,60), g.choice(['cover','pack','part'])))
    ms.append(G.cfl(s, g.randint(3,7), g.randint(5,15), bv=g.random()<0.5, max_form=g.random()<0.5))
for m in ms:
    G.write_free(m, os.path.join(out, m.name+'.mps'))
print(len(ms))

package vn.twotier.staffing.redistribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minimum-cost maximum flow (successive shortest paths, SPFA). Used as the assignment algorithm: it moves as many
 * people as the shortages can take, and among all such plans picks the cheapest, unlike a greedy first fit.
 */
final class MinCostFlow {

    private record Edge(int to, int rev, int capacity, int cost, int[] flow) {
    }

    private final List<List<Edge>> graph = new ArrayList<>();

    int node() {
        graph.add(new ArrayList<>());
        return graph.size() - 1;
    }

    /** Adds an edge; returns a handle whose {@link #flow(int[])} is read after {@link #solve}. */
    int[] edge(int from, int to, int capacity, int cost) {
        int[] flow = new int[1];
        graph.get(from).add(new Edge(to, graph.get(to).size(), capacity, cost, flow));
        graph.get(to).add(new Edge(from, graph.get(from).size() - 1, 0, -cost, flow));
        return flow;
    }

    static int flow(int[] handle) {
        return handle[0];
    }

    /** Pushes flow from source to sink; returns {total flow, total cost}. */
    int[] solve(int source, int sink) {
        int n = graph.size();
        int[][] residual = new int[n][];
        for (int v = 0; v < n; v++) {
            residual[v] = new int[graph.get(v).size()];
            for (int i = 0; i < residual[v].length; i++) {
                residual[v][i] = graph.get(v).get(i).capacity();
            }
        }
        int totalFlow = 0;
        int totalCost = 0;
        while (true) {
            int[] distance = new int[n];
            int[] previousNode = new int[n];
            int[] previousEdge = new int[n];
            boolean[] queued = new boolean[n];
            Arrays.fill(distance, Integer.MAX_VALUE);
            distance[source] = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(source);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                queued[v] = false;
                for (int i = 0; i < graph.get(v).size(); i++) {
                    Edge e = graph.get(v).get(i);
                    if (residual[v][i] > 0 && distance[v] + e.cost() < distance[e.to()]) {
                        distance[e.to()] = distance[v] + e.cost();
                        previousNode[e.to()] = v;
                        previousEdge[e.to()] = i;
                        if (!queued[e.to()]) {
                            queued[e.to()] = true;
                            queue.add(e.to());
                        }
                    }
                }
            }
            if (distance[sink] == Integer.MAX_VALUE) {
                return new int[] {totalFlow, totalCost};
            }
            int push = Integer.MAX_VALUE;
            for (int v = sink; v != source; v = previousNode[v]) {
                push = Math.min(push, residual[previousNode[v]][previousEdge[v]]);
            }
            for (int v = sink; v != source; v = previousNode[v]) {
                int u = previousNode[v];
                Edge e = graph.get(u).get(previousEdge[v]);
                residual[u][previousEdge[v]] -= push;
                residual[v][e.rev()] += push;
                boolean forward = e.capacity() > 0;
                e.flow()[0] += forward ? push : -push;
            }
            totalFlow += push;
            totalCost += push * distance[sink];
        }
    }
}

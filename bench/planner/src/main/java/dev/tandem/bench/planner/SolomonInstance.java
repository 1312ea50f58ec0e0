package dev.tandem.bench.planner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon VRPTW instance as its text file gives it: the vehicles' number and capacity, then one row per node,
 * the depot first. Times are in the instance's units, and travelling one unit of distance takes one unit of time.
 *
 * @param nodes the depot (index 0) and the customers, numbered as in the file
 */
public record SolomonInstance(String name, int vehicles, int capacity, List<Node> nodes) {

    /** A row of the CUSTOMER table: where, how much, and when service may start (ready to due). */
    public record Node(int number, double x, double y, int demand, int ready, int due, int service) {

        public double distanceTo(Node other) {
            return Math.hypot(x - other.x, y - other.y);
        }
    }

    public Node depot() {
        return nodes.getFirst();
    }

    public List<Node> customers() {
        return nodes.subList(1, nodes.size());
    }

    public static SolomonInstance read(Path file) {
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SolomonInstance parse(List<String> lines) {
        String name = lines.getFirst().strip();
        int vehicles = -1;
        int capacity = -1;
        var nodes = new ArrayList<Node>();
        String section = "";
        for (String line : lines.subList(1, lines.size())) {
            String row = line.strip();
            if (row.equals("VEHICLE") || row.equals("CUSTOMER")) {
                section = row;
                continue;
            }
            if (row.isEmpty() || !Character.isDigit(row.charAt(0))) {
                continue;
            }
            String[] fields = row.split("\\s+");
            if (section.equals("VEHICLE")) {
                vehicles = Integer.parseInt(fields[0]);
                capacity = Integer.parseInt(fields[1]);
            } else if (section.equals("CUSTOMER")) {
                nodes.add(new Node(
                        Integer.parseInt(fields[0]),
                        Double.parseDouble(fields[1]),
                        Double.parseDouble(fields[2]),
                        Integer.parseInt(fields[3]),
                        Integer.parseInt(fields[4]),
                        Integer.parseInt(fields[5]),
                        Integer.parseInt(fields[6])));
            }
        }
        if (vehicles < 1 || nodes.size() < 2 || nodes.getFirst().number() != 0) {
            throw new IllegalArgumentException(name + ": not a Solomon instance (vehicles, depot and customers)");
        }
        return new SolomonInstance(name, vehicles, capacity, List.copyOf(nodes));
    }
}

package org.summarizer.bench.load;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A small line chart of latency against article length, drawn with Java2D (no charting dependency). */
final class LatencyPlot {

    /** One series: x in words, y in milliseconds. */
    record Series(String name, Color color, boolean dashed, double[] x, double[] y) {}

    private static final int WIDTH = 900;
    private static final int HEIGHT = 540;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;

    private LatencyPlot() {}

    static void write(Path file, String title, String subtitle, List<Series> series, double targetMs)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        double maxX = 0;
        double maxY = targetMs;
        for (Series s : series) {
            for (double x : s.x()) {
                maxX = Math.max(maxX, x);
            }
            for (double y : s.y()) {
                maxY = Math.max(maxY, y);
            }
        }
        double xStep = niceStep(maxX / 5.5);
        double yStep = niceStep(maxY * 1.1 / 6);
        double xMax = Math.max(xStep, Math.ceil(maxX / xStep - 0.05) * xStep); // 10,001 words: axis to 10,000
        double yMax = Math.ceil(maxY * 1.1 / yStep) * yStep;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;

        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        Stroke thin = new BasicStroke(1f);
        for (double y = 0; y <= yMax + 1e-9; y += yStep) {
            int py = TOP + plotH - (int) Math.round(y / yMax * plotH);
            g.setColor(new Color(225, 225, 225));
            g.setStroke(thin);
            g.drawLine(LEFT, py, LEFT + plotW, py);
            g.setColor(Color.DARK_GRAY);
            String label = format(y);
            g.drawString(label, LEFT - 8 - fm.stringWidth(label), py + fm.getAscent() / 2 - 1);
        }
        for (double x = 0; x <= xMax + 1e-9; x += xStep) {
            int px = LEFT + (int) Math.round(x / xMax * plotW);
            g.setColor(new Color(225, 225, 225));
            g.drawLine(px, TOP, px, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%,d", (long) x);
            g.drawString(label, px - fm.stringWidth(label) / 2, TOP + plotH + fm.getHeight() + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotW, plotH);
        String xLabel = "article length (words)";
        g.drawString(xLabel, LEFT + plotW / 2 - fm.stringWidth(xLabel) / 2, HEIGHT - 18);
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(-Math.PI / 2);
        String yLabel = "latency over HTTP (ms)";
        rotated.drawString(yLabel, -(TOP + plotH / 2) - fm.stringWidth(yLabel) / 2, 22);
        rotated.dispose();

        if (targetMs > 0 && targetMs <= yMax) {
            int py = TOP + plotH - (int) Math.round(targetMs / yMax * plotH);
            g.setColor(new Color(200, 60, 60));
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
            g.drawLine(LEFT, py, LEFT + plotW, py);
            g.drawString("target for 10,000 words: " + format(targetMs) + " ms", LEFT + 8, py - 6);
        }

        int legendY = TOP + 18;
        for (Series s : series) {
            g.setColor(s.color());
            g.setStroke(
                    s.dashed()
                            ? new BasicStroke(
                                    2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {7, 5}, 0)
                            : new BasicStroke(2.2f));
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i < s.x().length; i++) {
                int px = LEFT + (int) Math.round(s.x()[i] / xMax * plotW);
                int py = TOP + plotH - (int) Math.round(s.y()[i] / yMax * plotH);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, px, py);
                }
                g.fillOval(px - 4, py - 4, 8, 8);
                prevX = px;
                prevY = py;
            }
            g.drawLine(LEFT + 16, legendY - 4, LEFT + 46, legendY - 4);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), LEFT + 54, legendY);
            legendY += fm.getHeight() + 2;
        }

        g.setColor(Color.BLACK);
        g.setFont(font.deriveFont(Font.BOLD, 16f));
        g.drawString(title, LEFT, 26);
        g.setFont(font.deriveFont(12f));
        g.setColor(Color.DARK_GRAY);
        g.drawString(subtitle, LEFT, 46);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String format(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}

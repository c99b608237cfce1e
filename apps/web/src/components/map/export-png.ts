// The map as a PNG: the shapes as Leaflet places them on screen, redrawn on a canvas in their
// class colours, with the title, the legend and the source below (no tile, no external image,
// so the canvas can always be exported).
import type L from "leaflet";
import type { Shapes } from "./choropleth-map";

export interface PngLegendRow {
  colour: string;
  text: string;
}

export function mapToPng(map: L.Map, shapes: Shapes, fillOf: (code: string) => string, title: string, legend: readonly PngLegendRow[], source: string): Promise<Blob> {
  const size = map.getSize();
  const legendHeight = 28 + legend.length * 22 + 28;
  const canvas = document.createElement("canvas");
  canvas.width = size.x;
  canvas.height = size.y + legendHeight + 36;
  const g = canvas.getContext("2d")!;
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "#0f172a";
  g.font = "bold 18px sans-serif";
  g.fillText(title, 12, 24, canvas.width - 24);
  g.save();
  g.translate(0, 36);
  for (const f of shapes.features) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    g.beginPath();
    for (const rings of polygons) {
      for (const ring of rings) {
        ring.forEach(([lon, lat], i) => {
          const p = map.latLngToContainerPoint([lat!, lon!]);
          if (i === 0) g.moveTo(p.x, p.y);
          else g.lineTo(p.x, p.y);
        });
        g.closePath();
      }
    }
    g.fillStyle = fillOf(String(f.id));
    g.fill("evenodd");
    g.strokeStyle = "#475569";
    g.lineWidth = 0.7;
    g.stroke();
  }
  g.restore();
  let y = size.y + 36 + 24;
  g.font = "14px sans-serif";
  for (const row of legend) {
    g.fillStyle = row.colour;
    g.fillRect(12, y - 13, 28, 16);
    g.strokeStyle = "#475569";
    g.strokeRect(12, y - 13, 28, 16);
    g.fillStyle = "#0f172a";
    g.fillText(row.text, 48, y, canvas.width - 60);
    y += 22;
  }
  g.fillStyle = "#475569";
  g.font = "12px sans-serif";
  g.fillText(source, 12, y + 8, canvas.width - 24);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob"))), "image/png"));
}

